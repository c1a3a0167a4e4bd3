package io.cloudsuite.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A service's Swagger UI, driven the way a person uses it: expand an operation, Try it out, Execute. */
final class SwaggerUiPage {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** What the page shows after Execute. */
    record Shown(String status, String body) {}

    private final WebDriver browser;
    private final WebDriverWait wait;

    SwaggerUiPage(WebDriver browser, String swaggerUiUrl) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, WAIT);
        browser.get(swaggerUiUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
    }

    /** Authorize button: enters a bearer token for the document's security scheme. */
    void authorize(String token) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".auth-wrapper .authorize"))));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        WebElement input = dialog.findElement(By.cssSelector(".auth-container input"));
        input.sendKeys(token);
        click(dialog.findElement(By.cssSelector(".auth-btn-wrapper .modal-btn.authorize")));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-ux .btn-done"))));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }

    /** Expands {@code GET path}, clicks Try it out, keeps the documented examples, executes, reads the answer. */
    Shown tryGet(String path) {
        WebElement operation = operation(path);
        if (operation.findElements(By.cssSelector(".opblock-body")).isEmpty()) {
            click(operation.findElement(By.cssSelector(".opblock-summary")));
        }
        click(wait.until(d -> operation.findElement(By.cssSelector(".try-out__btn"))));
        // Only required parameters must be filled (from their examples); optional ones may stay empty.
        List<WebElement> inputs = operation.findElements(By.cssSelector(".parameters tr")).stream()
                .filter(row -> !row.findElements(By.cssSelector(".parameter__name.required"))
                        .isEmpty())
                .flatMap(row -> row.findElements(By.cssSelector("input[type=text]")).stream())
                .toList();
        for (WebElement input : inputs) {
            if (input.getAttribute("value").isBlank()) {
                throw new AssertionError("Try it out left parameter " + input.getAttribute("placeholder") + " of GET "
                        + path + " empty: the OpenAPI document gives it no example");
            }
        }
        click(operation.findElement(By.cssSelector("button.execute")));
        WebElement response =
                wait.until(d -> operation.findElement(By.cssSelector(".live-responses-table tbody .response")));
        String status = response.findElement(By.cssSelector(".response-col_status"))
                .getText()
                .strip();
        String body = wait.until(d -> response.findElement(By.cssSelector(".response-col_description pre")))
                .getText()
                .strip();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", response);
        return new Shown(status, body);
    }

    void screenshot(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private WebElement operation(String path) {
        By selector = By.xpath("//div[contains(@class,'opblock-get')][.//*[contains(@class,'opblock-summary-path') "
                + "and @data-path='" + path + "']]");
        return wait.until(ExpectedConditions.presenceOfElementLocated(selector));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}

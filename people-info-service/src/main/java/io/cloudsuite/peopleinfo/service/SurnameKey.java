package io.cloudsuite.peopleinfo.service;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The surname as the index stores and queries it: trimmed, Unicode-normalised (NFC) and lower-cased, so "Smith",
 * "SMITH" and " smith" find the same people, and a composed "é" matches a decomposed one.
 */
public final class SurnameKey {

    private SurnameKey() {}

    public static String of(String surname) {
        return Normalizer.normalize(surname.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}

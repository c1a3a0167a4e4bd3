package io.cloudsuite.bullets.service;

/**
 * The outcome of firing one bullet.
 *
 * @param total    the counter after this bullet (for a replay: after the bullet's first, counted request)
 * @param replayed true when the idempotency key was seen before and nothing was counted this time
 */
public record FiredBullet(long total, boolean replayed) {}

package io.cloudsuite.streamlimiter.repository;

import io.cloudsuite.streamlimiter.service.Stream;

/** A viewer's slot item as stored: its number and the stream it holds or last held (maybe expired). */
public record HeldSlot(int slot, Stream stream) {
}

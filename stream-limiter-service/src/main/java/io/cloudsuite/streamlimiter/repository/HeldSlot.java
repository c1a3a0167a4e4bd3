package io.cloudsuite.streamlimiter.repository;

import java.time.Instant;

import io.cloudsuite.streamlimiter.service.Stream;

/**
 * A viewer's slot item as stored: its number and the stream it holds or last held (maybe expired).
 *
 * @param ended whether an end freed the slot (its stream is not active, whatever its lease says)
 */
public record HeldSlot(int slot, Stream stream, boolean ended) {

    public boolean isActiveAt(Instant now) {
        return !ended && stream.isActiveAt(now);
    }
}

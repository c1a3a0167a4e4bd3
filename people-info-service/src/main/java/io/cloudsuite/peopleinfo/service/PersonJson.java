package io.cloudsuite.peopleinfo.service;

/**
 * One person as a read answers it: the version (its ETag) and the person's JSON, the exact text the API sends. The
 * cache keeps both side by side, so a cached read sends the stored text as it is instead of parsing it into a
 * {@link Person} and writing the same JSON again: that round trip was about a third of a cached read's allocation
 * (docs/benchmarks.md, "Where the time goes (people-info cached GET)").
 */
public record PersonJson(long version, String json) {}

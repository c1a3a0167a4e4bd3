-- stream-limiter GET /api/v1/streams for one viewer (no streams: a read of its slot items).
wrk.headers["X-Forwarded-For"] = "10.0.0.1"

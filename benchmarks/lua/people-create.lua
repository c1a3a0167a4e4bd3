-- people-info create: a valid person per request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"Ada","surname":"Bench","birthdate":"1990-02-28","address":"1 Bench Street"}'

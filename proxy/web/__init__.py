"""bedside web: the reviewers' web app, the senders' self-service pages and the HTTP check API
(`bedside web`). It reads and writes the same hold queue and audit log as the relay and
`bedside held`; its own state (users, API tokens, sessions, senders' requests) is in the same store,
so every web node over one PostgreSQL database shares it."""

"""Voting by phone over the room's own network (issue 16).

- :mod:`.codes`: one-time voter codes (issue, re-issue, find);
- :mod:`.phone`: the round as a phone shows it, signing in, reading a
  ballot form and casting it through the ballot box;
- :mod:`.pages`: the HTML the phones get (plain forms, no script needed);
- :mod:`.server`: the HTTP server (standard library, a worker thread) with
  its sessions, CSRF tokens, rate limits and the one writer thread.
"""

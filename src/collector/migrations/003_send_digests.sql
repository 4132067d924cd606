-- A send retried after its answer was lost (a timeout, a dropped connection) must get the same
-- success, not "link already used". The link keeps a digest of the body it was used with:
-- HMAC-SHA256 keyed by the link's token (which the database never holds), over the whole body,
-- including the sender's response id and time, which no response row keeps. So the digest cannot
-- be worked out from a response row, and responses still share nothing with invitations.
-- Cleared at release, when no send can come any more.
ALTER TABLE invitations ADD COLUMN send_digest bytea CHECK (octet_length(send_digest) = 32);

-- Sign-in throttling per account, per account + address and per address (docs/adr, password policy and login throttling).
-- login_failures holds every failed sign-in (and, for its few hundred milliseconds, every sign-in being
-- checked) for the longest window; `address` is the client address as counted (an IPv6 address by its /64).
ALTER TABLE login_failures RENAME COLUMN ip TO address;
ALTER INDEX login_failures_ip_at_idx RENAME TO login_failures_address_at_idx;
-- Old rows are trimmed by time.
CREATE INDEX login_failures_at_idx ON login_failures (at);

-- Addresses an account has signed in from: from these the account and address ceilings do not apply
-- (NIST SP 800-63B §5.2.2, an allow-list of addresses from which the subscriber authenticated before).
CREATE TABLE login_known_addresses (
  username        text NOT NULL,
  address         text NOT NULL,
  last_success_at timestamptz NOT NULL,
  PRIMARY KEY (username, address)
);
CREATE INDEX login_known_addresses_last_success_at_idx ON login_known_addresses (last_success_at);

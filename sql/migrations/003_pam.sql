-- 003: logins through PAM (cgi-bin/lib/auth_pam.c, conf/pam.d/dichvucong).
--
-- Failed logins are counted in login_throttle (002) under two keys: the
-- login (login.max_failures within login.lock_minutes) and the client's
-- network, /24 for IPv4 and /64 for IPv6: a larger limit, so that one
-- address trying many names is slowed down too while a shared NAT keeps
-- working.  The window is login.lock_minutes for both.
INSERT IGNORE INTO setting (name, value) VALUES
	('login.net_max_failures', '50');

-- The database account of pam_mysql, dvc_pam, is created outside the
-- migrations (it has a password): ./dvc up for development,
-- docs/operations.md for production.  It may SELECT the view pam_account
-- and nothing else.

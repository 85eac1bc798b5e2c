/*
 * auth_pam: every password check, through PAM (SPEC §3), with lockout
 * and throttling counted in MariaDB.
 *
 * The PAM service (cfg auth.pam_service, default "dichvucong") is
 * conf/pam.d/dichvucong: by default pam_mysql checking yescrypt hashes in
 * account.password_hash, swappable for SSSD without touching this code.
 * Development and tests load it through pam_wrapper (docs/operations.md).
 *
 * Nothing here logs or stores a password.  Failed checks never sleep:
 * a PAM_FAIL_DELAY handler replaces the modules' fail delay, and the
 * throttle (table login_throttle) does what the delay was for.
 */
#ifndef AUTH_PAM_H
#define AUTH_PAM_H

struct db;
struct pool;

/* Longest password accepted, in bytes; auth_hash refuses longer ones so
 * that no account gets a password it could not log in with. */
#define AUTH_PASSWORD_MAX	1024

enum auth_result {
	AUTH_OK,	/* right password, active account: *account_id set */
	AUTH_DENIED,	/* wrong password, unknown login, not active */
	AUTH_LOCKED,	/* too many failures for this login or network */
	AUTH_ERROR	/* database, configuration or PAM failure (logged) */
};

/*
 * Checks login and password with pam_start on the service, then
 * pam_authenticate and pam_acct_mgmt (both PAM_SILENT |
 * PAM_DISALLOW_NULL_AUTHTOK), then pam_end.  The password goes to PAM
 * only through the conversation function, as a copy PAM frees.  Returns
 * the PAM status: PAM_SUCCESS (0) only when both steps succeed, else the
 * first failure (PAM_AUTH_ERR, PAM_USER_UNKNOWN, PAM_ACCT_EXPIRED, ...).
 * An empty login or password, or a password over AUTH_PASSWORD_MAX
 * bytes, is PAM_AUTH_ERR without asking PAM.  Failures that involved no
 * password hashing (unknown user, empty input) hash the password once
 * against a dummy yescrypt setting, so that they take as long as a wrong
 * password.  Passwords are compared byte for byte: pass them as req_
 * stores form fields (NFC).  No throttling and no audit: use
 * auth_login() for logins.
 */
int		 auth_pam_check(const char *login, const char *password);

/*
 * A login attempt from remote_addr (REMOTE_ADDR; IPv4 or IPv6 text).
 * The login is trimmed, put in NFC and its ASCII letters lower-cased.
 * Two throttle keys are checked first, each an HMAC-SHA256 under cfg
 * auth.secret (so neither name nor address is stored): the login (the
 * stored spelling when an account matches under the database collation,
 * which ignores case and accents) and the client network (/24 for IPv4,
 * /64 for IPv6).  Over login.max_failures failures for the login, or
 * login.net_max_failures for the network, within the window of
 * login.lock_minutes (table setting) gives AUTH_LOCKED without asking
 * PAM, for existing and unknown logins alike.  Otherwise
 * auth_pam_check(); a denial counts one failure on both keys, a success
 * clears the login's.  Every outcome is written to the audit log
 * (login.ok, login.fail, login.locked) with the login as typed after
 * normalisation; never the password.  *account_id is set on AUTH_OK
 * only.  Uses p for its queries; returns nothing that lives in it.
 */
enum auth_result auth_login(struct db *, struct pool *p, const char *login,
		    const char *password, const char *remote_addr,
		    unsigned long *account_id);

/*
 * A yescrypt hash of password for account.password_hash
 * (crypt_gensalt_rn "$y$" at libxcrypt's default cost, crypt_r), in pool
 * p.  The password is put in NFC first, as auth_login does.  NULL when
 * the password is empty, longer than AUTH_PASSWORD_MAX, not UTF-8, or
 * hashing fails (logged).
 */
char		*auth_hash(struct pool *p, const char *password);

#endif

/*
 * auth_pam: password checks through PAM, lockout and throttling in
 * MariaDB, yescrypt hashes for storing.  See auth_pam.h.
 *
 * Why each piece is here:
 *   - PAM_FAIL_DELAY: modules such as pam_unix, pam_sss or pam_faildelay
 *     ask libpam to sleep ~2 s after a failure; in a single-threaded
 *     FastCGI worker that sleep blocks every request queued behind it.
 *     auth_no_delay() replaces the sleep; login_throttle limits guessing.
 *   - PAM_DISALLOW_NULL_AUTHTOK on both calls: a NULL stored hash must
 *     never authenticate (libpam-mysql 0.8.2-2+deb12u1 honours the flag;
 *     the column is NOT NULL as well).
 *   - The dummy hash: pam_mysql answers an unknown login without hashing,
 *     several times faster than a wrong password (tests/pam measures it).
 *   - Throttle keys are per stored login, not per spelling: the database
 *     collation (and so pam_mysql) matches "Nam@X.vn", "nám@x.vn" and
 *     "nam@x.vn" to the same account.
 */
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <crypt.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <security/pam_appl.h>

#include "auth.h"
#include "auth_pam.h"
#include "cfg.h"
#include "db.h"
#include "log.h"
#include "pool.h"
#include "sha256.h"
#include "text.h"

#define AUTH_SERVICE_DEFAULT	"dichvucong"
#define AUTH_SECRET_MIN		32	/* bytes of cfg auth.secret */
#define AUTH_LOGIN_MAX		255	/* characters: account.login */

/* One login attempt, normalised; strings live in the caller's pool. */
struct auth_try {
	const char	*login;	/* trimmed, NFC, ASCII lower case */
	const char	*password;	/* NFC */
	const char	*addr;	/* REMOTE_ADDR, for the audit log */
	unsigned long	 id;	/* the matching account, or 0 */
	char		 lkey[SHA256_HEX];	/* throttle key: login */
	char		 nkey[SHA256_HEX];	/* throttle key: net */
};

/* PAM_FAIL_DELAY handler: never sleeps (see the top of the file). */
static void
auth_no_delay(int status, unsigned int usec, void *appdata)
{
	(void)status;
	(void)usec;
	(void)appdata;
}

/* Frees n conversation responses, overwriting what they hold. */
static void
auth_resp_free(struct pam_response *r, int n)
{
	int	i;

	for (i = 0; i < n; i++) {
		if (r[i].resp == NULL)
			continue;
		explicit_bzero(r[i].resp, strlen(r[i].resp));
		free(r[i].resp);
	}
	free(r);
}

/*
 * The conversation: answers each PAM_PROMPT_ECHO_OFF with a copy of the
 * password (appdata), which PAM frees; ignores information and error
 * messages; refuses PAM_PROMPT_ECHO_ON (the login is given to pam_start
 * and nothing else may be asked).
 */
static int
auth_conv(int n, const struct pam_message **msg, struct pam_response **resp,
    void *appdata)
{
	const char		*password = appdata;
	struct pam_response	*r;
	int			 i;

	if (n <= 0 || n > PAM_MAX_NUM_MSG || password == NULL)
		return PAM_CONV_ERR;
	if ((r = calloc((size_t)n, sizeof(*r))) == NULL)
		return PAM_BUF_ERR;
	for (i = 0; i < n; i++) {
		switch (msg[i]->msg_style) {
		case PAM_PROMPT_ECHO_OFF:
			if ((r[i].resp = strdup(password)) == NULL)
				goto fail;
			break;
		case PAM_ERROR_MSG:
		case PAM_TEXT_INFO:
			break;
		default:
			goto fail;
		}
	}
	*resp = r;
	return PAM_SUCCESS;
fail:
	auth_resp_free(r, n);
	return PAM_CONV_ERR;
}

/* Hashes password once against a fresh yescrypt setting and throws the
 * result away: the time a wrong password costs. */
static void
auth_dummy_hash(const char *password)
{
	char			 setting[CRYPT_GENSALT_OUTPUT_SIZE];
	struct crypt_data	*cd;

	if (password == NULL || strlen(password) > AUTH_PASSWORD_MAX)
		password = "";
	if ((cd = calloc(1, sizeof(*cd))) == NULL)
		return;
	if (crypt_gensalt_rn("$y$", 0, NULL, 0, setting,
	    sizeof(setting)) != NULL)
		(void)crypt_r(password, setting, cd);
	explicit_bzero(cd, sizeof(*cd));
	free(cd);
}

/* 1 when a PAM status means "no" (as opposed to "could not decide"). */
static int
auth_pam_denial(int rc)
{
	switch (rc) {
	case PAM_AUTH_ERR:
	case PAM_USER_UNKNOWN:
	case PAM_ACCT_EXPIRED:
	case PAM_PERM_DENIED:
	case PAM_CRED_INSUFFICIENT:
	case PAM_MAXTRIES:
	case PAM_AUTHTOK_EXPIRED:
	case PAM_NEW_AUTHTOK_REQD:
		return 1;
	default:
		return 0;
	}
}

int
auth_pam_check(const char *login, const char *password)
{
	struct pam_conv	 conv = { auth_conv, NULL };
	pam_handle_t	*h = NULL;
	const char	*service;
	int		 rc;

	if (login == NULL || *login == '\0' || password == NULL ||
	    *password == '\0' || strlen(password) > AUTH_PASSWORD_MAX) {
		auth_dummy_hash(password);
		return PAM_AUTH_ERR;
	}
	memcpy(&conv.appdata_ptr, &password, sizeof(conv.appdata_ptr));
	service = cfg_get("auth.pam_service", AUTH_SERVICE_DEFAULT);
	if ((rc = pam_start(service, login, &conv, &h)) != PAM_SUCCESS) {
		log_err("%s: pam_start(%s): %s", __func__, service,
		    pam_strerror(h, rc));
		return rc;
	}
	if ((rc = pam_set_item(h, PAM_FAIL_DELAY,
	    (const void *)auth_no_delay)) == PAM_SUCCESS &&
	    (rc = pam_authenticate(h, PAM_SILENT |
	    PAM_DISALLOW_NULL_AUTHTOK)) == PAM_SUCCESS)
		rc = pam_acct_mgmt(h, PAM_SILENT | PAM_DISALLOW_NULL_AUTHTOK);
	if (rc != PAM_SUCCESS && !auth_pam_denial(rc))
		log_err("%s: service %s: %s", __func__, service,
		    pam_strerror(h, rc));
	pam_end(h, rc);
	if (rc == PAM_USER_UNKNOWN)
		auth_dummy_hash(password);
	return rc;
}

char *
auth_hash(struct pool *p, const char *password)
{
	char			 setting[CRYPT_GENSALT_OUTPUT_SIZE];
	struct crypt_data	*cd;
	const char		*pw, *h;
	char			*out = NULL;

	if (password == NULL || strlen(password) > AUTH_PASSWORD_MAX ||
	    (pw = text_nfc(p, password)) == NULL || *pw == '\0' ||
	    strlen(pw) > AUTH_PASSWORD_MAX)
		return NULL;
	if (crypt_gensalt_rn("$y$", 0, NULL, 0, setting,
	    sizeof(setting)) == NULL) {
		log_err("%s: crypt_gensalt_rn: %s", __func__, strerror(errno));
		return NULL;
	}
	if ((cd = calloc(1, sizeof(*cd))) == NULL) {
		log_err("%s: out of memory", __func__);
		return NULL;
	}
	h = crypt_r(pw, setting, cd);
	if (h == NULL || *h != '$')
		log_err("%s: crypt_r failed: %s", __func__, strerror(errno));
	else
		out = pool_strdup(p, h);
	explicit_bzero(cd, sizeof(*cd));
	free(cd);
	return out;
}

/* The login as it is compared: NFC, ASCII blanks trimmed, ASCII letters
 * lower-cased; "" when not UTF-8 or longer than an account login can
 * be. */
static const char *
auth_norm_login(struct pool *p, const char *login)
{
	char	*s, *e, *c;
	size_t	 chars = 0;

	if (login == NULL || (s = text_nfc(p, login)) == NULL)
		return "";
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
	    e[-1] == '\r'))
		*--e = '\0';
	for (c = s; *c != '\0'; c++) {
		if (*c >= 'A' && *c <= 'Z')
			*c += 'a' - 'A';
		if (((unsigned char)*c & 0xc0) != 0x80)
			chars++;
	}
	return chars > AUTH_LOGIN_MAX ? "" : s;
}

/* The client's network as text: a.b.c.0/24, or the /64 of an IPv6
 * address (IPv4-mapped ones count as IPv4); "unknown" otherwise. */
static const char *
auth_net(struct pool *p, const char *addr)
{
	struct in6_addr	 a6;
	struct in_addr	 a4;
	char		 buf[INET6_ADDRSTRLEN];

	if (addr == NULL)
		return "unknown";
	if (inet_pton(AF_INET6, addr, &a6) == 1) {
		if (!IN6_IS_ADDR_V4MAPPED(&a6)) {
			memset(&a6.s6_addr[8], 0, 8);
			if (inet_ntop(AF_INET6, &a6, buf, sizeof(buf)) == NULL)
				return "unknown";
			return pool_printf(p, "%s/64", buf);
		}
		memcpy(&a4, &a6.s6_addr[12], 4);
	} else if (inet_pton(AF_INET, addr, &a4) != 1)
		return "unknown";
	((unsigned char *)&a4)[3] = 0;
	if (inet_ntop(AF_INET, &a4, buf, sizeof(buf)) == NULL)
		return "unknown";
	return pool_printf(p, "%s/24", buf);
}

/*
 * Fills t: normalised login and password, the matching account (its id,
 * and its stored spelling for the login key) and both throttle keys.
 * 0, or -1 on a database or configuration error (logged).
 */
static int
auth_try_init(struct db *db, struct pool *p, struct auth_try *t,
    const char *login, const char *password, const char *addr)
{
	const char	*secret, *key, *msg;
	struct db_arg	 a[1];
	struct db_res	*res;

	memset(t, 0, sizeof(*t));
	t->login = auth_norm_login(p, login);
	t->password = password != NULL ? text_nfc(p, password) : NULL;
	if (t->password == NULL)
		t->password = "";
	t->addr = addr != NULL ? addr : "";
	secret = cfg_get("auth.secret", NULL);
	if (secret == NULL || strlen(secret) < AUTH_SECRET_MIN) {
		log_err("%s: auth.secret is missing or shorter than %d "
		    "characters (see dichvucong.conf)", __func__,
		    AUTH_SECRET_MIN);
		return -1;
	}
	key = t->login;
	if (*t->login != '\0') {
		a[0] = DB_STR(t->login);
		if ((res = db_run(db, p, STMT_AUTH_ACCOUNT, a, 1)) == NULL)
			return -1;
		if (res->nrows == 1) {
			t->id = (unsigned long)db_int(res, 0, 0, 0);
			key = db_str(res, 0, 1);
		}
	}
	msg = pool_printf(p, "login:%s", key);
	sha256_hmac_hex(secret, strlen(secret), msg, strlen(msg), t->lkey);
	msg = pool_printf(p, "net:%s", auth_net(p, addr));
	sha256_hmac_hex(secret, strlen(secret), msg, strlen(msg), t->nkey);
	return 0;
}

/* Whether t's login or network is locked: 0 no, 1 yes (*what says
 * which), -1 database error. */
static int
auth_throttled(struct db *db, struct pool *p, const struct auth_try *t,
    const char **what)
{
	struct db_arg	 a[4];
	struct db_res	*res;

	a[0] = DB_STR(t->lkey);
	a[1] = DB_STR(t->nkey);
	a[2] = DB_STR(t->lkey);
	a[3] = DB_STR(t->nkey);
	if ((res = db_run(db, p, STMT_AUTH_THROTTLED, a, 4)) == NULL)
		return -1;
	if (res->nrows == 1 && db_int(res, 0, 0, 0) != 0) {
		*what = "login locked";
		return 1;
	}
	if (res->nrows == 1 && db_int(res, 0, 1, 0) != 0) {
		*what = "network locked";
		return 1;
	}
	return 0;
}

/* Counts one failure on both keys.  0 or -1. */
static int
auth_count_failure(struct db *db, struct pool *p, const struct auth_try *t)
{
	struct db_arg	a[1];

	a[0] = DB_STR(t->lkey);
	if (db_run(db, p, STMT_AUTH_THROTTLE_FAIL, a, 1) == NULL)
		return -1;
	a[0] = DB_STR(t->nkey);
	if (db_run(db, p, STMT_AUTH_THROTTLE_FAIL, a, 1) == NULL)
		return -1;
	return 0;
}

/* Why a check failed, for the audit log (never the password). */
static const char *
auth_reason(const struct auth_try *t, int rc)
{
	if (*t->login == '\0' || *t->password == '\0')
		return "empty or invalid login or password";
	switch (rc) {
	case PAM_SUCCESS:
		return "no account row for a login PAM accepted";
	case PAM_AUTH_ERR:
		return "wrong password";
	case PAM_USER_UNKNOWN:
		return "unknown login";
	case PAM_ACCT_EXPIRED:
		return "account not active";
	default:
		return pam_strerror(NULL, rc);
	}
}

/* The outcome of PAM's answer rc for t: counts, audits, decides. */
static enum auth_result
auth_decide(struct db *db, struct pool *p, const struct auth_try *t, int rc)
{
	struct db_arg	a[1];

	if (rc == PAM_SUCCESS && t->id != 0) {
		a[0] = DB_STR(t->lkey);
		if (db_run(db, p, STMT_AUTH_THROTTLE_CLEAR, a, 1) == NULL)
			log_warn("%s: could not clear the failures of "
			    "account %lu", __func__, t->id);
		auth_audit(db, t->id, t->login, "login.ok", "",
		    pool_printf(p, "from %.64s", t->addr));
		return AUTH_OK;
	}
	auth_audit(db, 0, t->login, "login.fail", "",
	    pool_printf(p, "from %.64s: %s", t->addr, auth_reason(t, rc)));
	if (rc != PAM_SUCCESS && !auth_pam_denial(rc))
		return AUTH_ERROR;
	return auth_count_failure(db, p, t) == 0 ? AUTH_DENIED : AUTH_ERROR;
}

enum auth_result
auth_login(struct db *db, struct pool *p, const char *login,
    const char *password, const char *remote_addr, unsigned long *account_id)
{
	struct auth_try		 t;
	const char		*what = NULL;
	enum auth_result	 res;

	if (db == NULL || auth_try_init(db, p, &t, login, password,
	    remote_addr) == -1)
		return AUTH_ERROR;
	switch (auth_throttled(db, p, &t, &what)) {
	case -1:
		return AUTH_ERROR;
	case 1:
		auth_audit(db, 0, t.login, "login.locked", "",
		    pool_printf(p, "from %.64s: %s", t.addr, what));
		return AUTH_LOCKED;
	default:
		break;
	}
	res = auth_decide(db, p, &t, auth_pam_check(t.login, t.password));
	if (res == AUTH_OK && account_id != NULL)
		*account_id = t.id;
	return res;
}

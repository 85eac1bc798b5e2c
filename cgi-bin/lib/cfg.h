/*
 * cfg_: the one configuration file (conf/dichvucong.conf).
 *
 * Lines are `key = value`; '#' starts a comment; blank lines are skipped.
 * Keys are dotted (db.socket, site.name).  The environment can override
 * any key for tests: DVC_DB_SOCKET overrides db.socket (dots become '_',
 * upper case, DVC_ prefix).  Values live until cfg_free().
 */
#ifndef CFG_H
#define CFG_H

/* Reads path (or $DVC_CONF, or SYSCONFDIR default when path is NULL).
 * Returns 0, or -1 with a logged reason. */
int		 cfg_load(const char *path);
void		 cfg_free(void);
/* The value of key, or def when it is absent.  Never frees. */
const char	*cfg_get(const char *key, const char *def);
long		 cfg_int(const char *key, long def);

#endif

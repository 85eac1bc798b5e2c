#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfg.h"
#include "log.h"

#define CFG_MAX		128

struct cfg_pair {
	char	*key;
	char	*val;
};

static struct cfg_pair	cfg_pairs[CFG_MAX];
static size_t		cfg_n;

static char *
cfg_trim(char *s)
{
	char	*e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

static int
cfg_line(const char *path, int lineno, char *line)
{
	char	*eq, *k, *v;

	if ((eq = strchr(line, '#')) != NULL)
		*eq = '\0';
	line = cfg_trim(line);
	if (*line == '\0')
		return 0;
	if ((eq = strchr(line, '=')) == NULL) {
		log_err("%s: %s:%d: expected key = value", __func__, path,
		    lineno);
		return -1;
	}
	*eq = '\0';
	k = cfg_trim(line);
	v = cfg_trim(eq + 1);
	if (cfg_n == CFG_MAX) {
		log_err("%s: %s: more than %d keys", __func__, path, CFG_MAX);
		return -1;
	}
	cfg_pairs[cfg_n].key = strdup(k);
	cfg_pairs[cfg_n].val = strdup(v);
	if (cfg_pairs[cfg_n].key == NULL || cfg_pairs[cfg_n].val == NULL)
		abort();
	cfg_n++;
	return 0;
}

int
cfg_load(const char *path)
{
	FILE	*f;
	char	 line[1024];
	int	 lineno = 0, rc = 0;

	if (path == NULL && (path = getenv("DVC_CONF")) == NULL)
		path = SYSCONFDIR "/dichvucong.conf";
	if ((f = fopen(path, "r")) == NULL) {
		log_err("%s: %s: %s", __func__, path, strerror(errno));
		return -1;
	}
	while (rc == 0 && fgets(line, sizeof(line), f) != NULL)
		rc = cfg_line(path, ++lineno, line);
	fclose(f);
	return rc;
}

void
cfg_free(void)
{
	size_t	i;

	for (i = 0; i < cfg_n; i++) {
		free(cfg_pairs[i].key);
		free(cfg_pairs[i].val);
	}
	cfg_n = 0;
}

const char *
cfg_get(const char *key, const char *def)
{
	char		 env[128];
	const char	*e;
	size_t		 i, j;

	j = (size_t)snprintf(env, sizeof(env), "DVC_");
	for (i = 0; key[i] != '\0' && j + 1 < sizeof(env); i++)
		env[j++] = key[i] == '.' ? '_' :
		    (char)toupper((unsigned char)key[i]);
	env[j] = '\0';
	if ((e = getenv(env)) != NULL)
		return e;
	for (i = cfg_n; i > 0; i--)	/* the last one wins */
		if (strcmp(cfg_pairs[i - 1].key, key) == 0)
			return cfg_pairs[i - 1].val;
	return def;
}

long
cfg_int(const char *key, long def)
{
	const char	*v;
	char		*end;
	long		 n;

	if ((v = cfg_get(key, NULL)) == NULL)
		return def;
	errno = 0;
	n = strtol(v, &end, 10);
	if (errno != 0 || *end != '\0' || end == v) {
		log_warn("%s: %s = '%s' is not a number; using %ld", __func__,
		    key, v, def);
		return def;
	}
	return n;
}

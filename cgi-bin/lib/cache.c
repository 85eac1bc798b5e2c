#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "log.h"

/* 1 for a name nginx gives a cache file (32 hex digits) or one of its
 * temporary files (digits, maybe with a dot): never ".", ".." or a
 * file someone else put there. */
static int
cache_name(const char *s)
{
	size_t	i;

	if (s[0] == '.')
		return 0;
	for (i = 0; s[i] != '\0'; i++)
		if (strchr("0123456789abcdef.", s[i]) == NULL)
			return 0;
	return i > 0;
}

int
cache_purge(const char *dir)
{
	struct dirent	*e;
	DIR		*d;
	int		 fd, n = 0, rc = 0;

	if (dir == NULL || *dir == '\0')
		return 0;
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1 ||
	    (d = fdopendir(fd)) == NULL) {
		log_err("%s: %s: %s", __func__, dir, strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_type == DT_DIR || !cache_name(e->d_name))
			continue;
		if (unlinkat(fd, e->d_name, 0) == 0)
			n++;
		else if (errno != ENOENT && rc == 0) {
			log_err("%s: %s/%s: %s", __func__, dir, e->d_name,
			    strerror(errno));
			rc = -1;
		}
	}
	closedir(d);
	return rc == -1 ? -1 : n;
}

/*
 * log_: one line per event on stderr (the supervisor — systemd or dvc —
 * captures it).  Never log passwords, tokens or request bodies.
 */
#ifndef LOG_H
#define LOG_H

void	log_init(const char *progname);
void	log_err(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif

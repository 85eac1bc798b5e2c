-- 007: the yearly holiday table of the working calendar (SPEC §7,
-- cgi-bin/lib/cal.h).  The system admin fills a year from
-- cal_default_holidays() and edits it: 'holiday' is a day off whatever
-- the weekday (Tết, Quốc khánh, a Nghỉ bù day); 'workday' is a weekend
-- day that is worked (a Saturday swapped for a bridge day).  A date
-- absent here follows the weekly rule (Saturday and Sunday off).
CREATE TABLE calendar_day (
	day		DATE NOT NULL PRIMARY KEY,	-- Vietnam date
	kind		ENUM('holiday','workday') NOT NULL,
	name		VARCHAR(255) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

# Messages of the kezek command-line tool.

cli-demo-progress = Loaded { $done } of { $total } applications
cli-demo-done = Demo data ({ $count } applications) loaded into { $path } in { $seconds } s
cli-error = Error: { $message }

## kezek calendar

cli-calendar-country-kz = Kazakhstan
cli-calendar-country-kg = Kyrgyzstan
cli-calendar-day-off = day off
cli-calendar-working-day = working day
cli-calendar-deadline = Deadline: until { $instant } ({ $zone })
cli-calendar-list-heading = { $country }, { $year }: holidays, days off and moved working days
cli-calendar-no-data = No calendar data for { $year } ({ $country }): only Saturdays and Sundays were counted

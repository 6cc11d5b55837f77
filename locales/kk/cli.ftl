# Messages of the kezek command-line tool.

cli-demo-progress = Жүктелді: { $done } / { $total } өтініш
cli-demo-done = Демо-деректер ({ $count } өтініш) { $seconds } с ішінде жүктелді: { $path }
cli-error = Қате: { $message }

## kezek calendar

cli-calendar-country-kz = Қазақстан
cli-calendar-country-kg = Қырғызстан
cli-calendar-day-off = демалыс күні
cli-calendar-working-day = жұмыс күні
cli-calendar-deadline = Мерзім: { $instant } дейін ({ $zone })
cli-calendar-list-heading = { $country }, { $year }: мереке және демалыс күндері, ауыстырылған жұмыс күндері
cli-calendar-no-data = { $year } жылға күнтізбе деректері жоқ ({ $country }): тек сенбі мен жексенбі ескерілді

# Messages of the kezek command-line tool.

cli-demo-progress = Загружено { $done } из { $total } заявлений
cli-demo-done = Демо-данные ({ $count } заявлений) загружены в { $path } за { $seconds } с
cli-error = Ошибка: { $message }

## kezek calendar

cli-calendar-country-kz = Казахстан
cli-calendar-country-kg = Кыргызстан
cli-calendar-day-off = выходной
cli-calendar-working-day = рабочий день
cli-calendar-deadline = Срок: до { $instant } ({ $zone })
cli-calendar-list-heading = { $country }, { $year }: праздничные и выходные дни, перенесённые рабочие дни
cli-calendar-no-data = Нет данных календаря на { $year } год ({ $country }): учтены только субботы и воскресенья

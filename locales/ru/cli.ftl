# Messages of the kezek command-line tool.

cli-demo-progress = Загружено { $done } из { $total } заявлений
cli-demo-done = Демо-данные ({ $count } заявлений) загружены в { $path } за { $seconds } с
cli-error = Ошибка: { $message }

# Messages of the kezek command-line tool.

cli-demo-progress = Жүктелді: { $done } / { $total } өтініш
cli-demo-done = Демо-деректер ({ $count } өтініш) { $seconds } с ішінде жүктелді: { $path }
cli-error = Қате: { $message }

# Messages of the kezek command-line tool.

cli-demo-progress = Жүктөлдү: { $done } / { $total } арыз
cli-demo-done = Демо-маалыматтар ({ $count } арыз) { $seconds } сек ичинде жүктөлдү: { $path }
cli-error = Ката: { $message }

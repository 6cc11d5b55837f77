# Messages of the kezek command-line tool.

cli-demo-progress = Loaded { $done } of { $total } applications
cli-demo-done = Demo data ({ $count } applications) loaded into { $path } in { $seconds } s
cli-error = Error: { $message }

# The voucher registry (seed 000, §IV "Ваучер"): the kindergartens of the voucher pilot and the
# children receiving voucher funding.

nav-vouchers = Ваучер

vouchers-title = Ваучер
vouchers-intro = Ваучерлік тетікті пилоттауға қатысатын ұйымдар және ваучерлік қаржыландыру алатын балалар.
vouchers-date = Сомалар күніне
vouchers-export = Excel-ге түсіру
vouchers-exporting = Түсірілуде…
vouchers-exported = Файл сақталды:
vouchers-print = Басып шығару
vouchers-loading = Жүктелуде…
vouchers-kindergartens-title = Пилотқа қатысатын балабақшалар ({ $count })
vouchers-children-title = Ваучері бар балалар ({ $count })
vouchers-kindergartens-none = Бұл күні пилотта балабақша жоқ.
vouchers-children-none = Ваучері бар балалар жоқ.
vouchers-no-amount = сома жоқ
vouchers-total = Айына барлығы: { $sum } сом

# Columns of the screen and of the Excel file; sheet names (at most 31 characters).
vouchers-sheet-kindergartens = Балабақшалар
vouchers-sheet-children = Балалар
vouchers-col-kindergarten = Балабақша
vouchers-col-locality = Елді мекен
vouchers-col-since = Пилотта қашаннан бері
vouchers-col-children = Ваучері бар балалар
vouchers-col-number = Өтініш №
vouchers-col-child = Бала
vouchers-col-personal-number = ПИН
vouchers-col-birth-date = Туған күні
vouchers-col-benefit = Жеңілдік
vouchers-col-district = Аудан
vouchers-col-status = Мәртебесі
vouchers-col-amount = Сома, айына сом

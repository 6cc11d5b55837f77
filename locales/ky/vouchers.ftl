# The voucher registry (seed 000, §IV "Ваучер"): the kindergartens of the voucher pilot and the
# children receiving voucher funding.

nav-vouchers = Ваучер

vouchers-title = Ваучер
vouchers-intro = Ваучердик механизмди пилоттоого катышкан уюмдар жана ваучердик каржылоо алган балдар.
vouchers-date = Суммалар күнүнө карата
vouchers-export = Excel'ге түшүрүү
vouchers-exporting = Түшүрүлүүдө…
vouchers-exported = Файл сакталды:
vouchers-print = Басып чыгаруу
vouchers-loading = Жүктөлүүдө…
vouchers-kindergartens-title = Пилотко катышкан балдар бакчалары ({ $count })
vouchers-children-title = Ваучери бар балдар ({ $count })
vouchers-kindergartens-none = Бул күнгө пилотто балдар бакчасы жок.
vouchers-children-none = Ваучери бар балдар жок.
vouchers-no-amount = сумма жок
vouchers-total = Айына бардыгы: { $sum } сом

# Columns of the screen and of the Excel file; sheet names (at most 31 characters).
vouchers-sheet-kindergartens = Балдар бакчалары
vouchers-sheet-children = Балдар
vouchers-col-kindergarten = Балдар бакчасы
vouchers-col-locality = Калктуу конуш
vouchers-col-since = Пилотто качантан бери
vouchers-col-children = Ваучери бар балдар
vouchers-col-number = Арыздын №
vouchers-col-child = Бала
vouchers-col-personal-number = ПИН
vouchers-col-birth-date = Туулган күнү
vouchers-col-benefit = Жеңилдик
vouchers-col-district = Район
vouchers-col-status = Абалы
vouchers-col-amount = Сумма, айына сом

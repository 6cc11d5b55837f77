# The voucher registry (seed 000, §IV "Ваучер"): the kindergartens of the voucher pilot and the
# children receiving voucher funding. ru is the reference.

nav-vouchers = Ваучер

vouchers-title = Ваучер
vouchers-intro = Организации, участвующие в пилотировании ваучерного механизма, и дети, получающие ваучерное финансирование.
vouchers-date = Суммы на дату
vouchers-export = Выгрузить в Excel
vouchers-exporting = Выгрузка…
vouchers-exported = Файл сохранён:
vouchers-print = Печать
vouchers-loading = Загрузка…
vouchers-kindergartens-title = Детские сады — участники пилота ({ $count })
vouchers-children-title = Дети с ваучером ({ $count })
vouchers-kindergartens-none = На эту дату в пилоте нет детских садов.
vouchers-children-none = Детей с ваучером нет.
vouchers-no-amount = нет суммы
vouchers-total = Итого в месяц: { $sum } сом

# Columns of the screen and of the Excel file; sheet names (at most 31 characters).
vouchers-sheet-kindergartens = Детские сады
vouchers-sheet-children = Дети
vouchers-col-kindergarten = Детский сад
vouchers-col-locality = Населённый пункт
vouchers-col-since = В пилоте с
vouchers-col-children = Детей с ваучером
vouchers-col-number = № заявления
vouchers-col-child = Ребёнок
vouchers-col-personal-number = ПИН
vouchers-col-birth-date = Дата рождения
vouchers-col-benefit = Льгота
vouchers-col-district = Район
vouchers-col-status = Статус
vouchers-col-amount = Сумма, сом в месяц

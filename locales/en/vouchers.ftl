# The voucher registry (seed 000, §IV "Ваучер"): the kindergartens of the voucher pilot and the
# children receiving voucher funding.

nav-vouchers = Voucher

vouchers-title = Voucher
vouchers-intro = Organisations taking part in the voucher pilot, and children receiving voucher funding.
vouchers-date = Amounts on
vouchers-export = Export to Excel
vouchers-exporting = Exporting…
vouchers-exported = File saved:
vouchers-print = Print
vouchers-loading = Loading…
vouchers-kindergartens-title = Kindergartens in the pilot ({ $count })
vouchers-children-title = Children with a voucher ({ $count })
vouchers-kindergartens-none = No kindergarten is in the pilot on this date.
vouchers-children-none = No children with a voucher.
vouchers-no-amount = no amount
vouchers-total = Total a month: { $sum } som

# Columns of the screen and of the Excel file; sheet names (at most 31 characters).
vouchers-sheet-kindergartens = Kindergartens
vouchers-sheet-children = Children
vouchers-col-kindergarten = Kindergarten
vouchers-col-locality = Locality
vouchers-col-since = In the pilot since
vouchers-col-children = Children with a voucher
vouchers-col-number = Application no.
vouchers-col-child = Child
vouchers-col-personal-number = PIN
vouchers-col-birth-date = Date of birth
vouchers-col-benefit = Benefit
vouchers-col-district = District
vouchers-col-status = Status
vouchers-col-amount = Amount, som a month

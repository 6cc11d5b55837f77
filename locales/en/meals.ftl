# The meal benefit of voucher children (seed 000, §III "Питание"). ru is the reference.

nav-meals = Meals

meals-title = Meals
meals-intro = The amount paid for a child's meals (som a day), the number and date of the protocol of the Social Affairs Commission meeting that granted the meal benefit, and the protocol itself as a PDF.
meals-read-only = Meal benefits are entered by the commission's secretary; you can only view them.
meals-loading = Loading…
meals-children-none = No children have a voucher.

meals-col-number = Application no.
meals-col-child = Child
meals-col-status = Status
meals-col-amount = Meals, som a day
meals-col-protocol = Commission protocol
meals-col-saved = Entered
meals-amount-value = { $amount } som/day
meals-none = not set
meals-protocol-value = { $number } of { $date }
meals-saved-by = { $by }, { $at }
meals-view-pdf = Protocol (PDF)
meals-enter = Set
meals-change = Change

meals-amount = Amount for meals, som a day
meals-protocol-number = Protocol number
meals-protocol-date = Protocol date
meals-pdf = Protocol of the commission meeting (PDF)
meals-pdf-picked = File chosen: { $name } ({ $size } KB).
meals-pdf-hint = A PDF file of at most { $max } MB.
meals-pdf-again = To change the benefit, upload the protocol again.
meals-save = Save
meals-cancel = Cancel
meals-saved = Meal benefit saved: { $child }. It goes to the server with the next sync.
meals-pdf-title = { $child }: protocol { $number } of { $date }
meals-pdf-close = Close

meals-error-amount_invalid = Enter the amount in digits with at most two decimals (for example 125 or 125.50).
meals-error-amount_not_positive = The amount must be greater than zero.
meals-error-amount_too_large = The amount may not exceed 10,000 som a day.
meals-error-number_required = Enter the protocol number.
meals-error-number_too_long = The protocol number may not be longer than { $chars } characters.
meals-error-date_in_future = The protocol may not be dated later than today.
meals-error-pdf_required = Upload the protocol as a PDF.
meals-error-pdf_too_large = The protocol file is larger than { $max } MB.
meals-error-pdf_not_pdf = This file is not a PDF. Upload the protocol as a PDF.
meals-error-not_voucher_child = A meal benefit is given only to children who were issued a voucher.

sync-rejected-what-meal-save = A child's meal benefit
sync-reject-not_voucher_child = The application is not a voucher one, or its voucher has not been issued yet.

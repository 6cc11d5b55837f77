# Errors shown to the user, by stable error code.

error-database_too_new = The database was created by a newer version of Kezek (schema version { $found }; this program supports up to { $supported }). Install the new version of Kezek; your data has not been changed.
error-data_dir = Cannot access the data folder: { $detail }
error-not_found = Record not found. It may have been deleted.
error-invalid_input = Invalid data: { $detail }
error-not_empty = The local database already contains applications; demo data can only be loaded into an empty database.
error-storage = Local database error: { $detail }
error-internal = Internal error: { $detail }

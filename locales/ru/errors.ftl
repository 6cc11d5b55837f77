# Errors shown to the user, by stable error code.

error-database_too_new = База данных создана более новой версией Кезек (версия схемы { $found }, эта программа знает до { $supported }). Установите новую версию Кезек; данные не изменены.
error-data_dir = Нет доступа к папке данных: { $detail }
error-not_found = Запись не найдена. Возможно, она была удалена.
error-invalid_input = Неверные данные: { $detail }
error-not_empty = Локальная база уже содержит заявления; демо-данные загружаются только в пустую базу.
error-storage = Ошибка локальной базы данных: { $detail }
error-internal = Внутренняя ошибка: { $detail }

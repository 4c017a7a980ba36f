#ifndef STORYLINE_CSQLITESETTINGS_H
#define STORYLINE_CSQLITESETTINGS_H

/// Settings of an SQLite connection that SQLite offers only through `sqlite3_db_config`, a
/// variadic C function Swift cannot call.

/// Tells the connection `db` (a `sqlite3 *`) not to move the write-ahead log into the database
/// file when it closes as the last connection (`SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE`). Returns
/// SQLite's result code (0 for success).
int storyline_sqlite_skip_checkpoint_on_close(void *db);

#endif

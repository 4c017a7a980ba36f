import GRDB

extension LibraryStore {
  /// The schema, as named migrations. Append new ones; never edit one that has shipped.
  ///
  /// Analysis tables (`article`, `quote`, `speaker`, `speakerAlias`, `dupGroup`, `dupCopy`,
  /// `story`, `storyMember`, `problem`, `inputFile`, `search`, `analysisState`) are updated when
  /// the inputs change; reading state (`articleState`, `storyState`) is keyed by the stable ids and
  /// never dropped by an analysis.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
          CREATE TABLE inputFile (
            path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL);
          CREATE TABLE inputArgument (
            position INTEGER PRIMARY KEY, argument TEXT NOT NULL, absolute TEXT NOT NULL);
          -- searchKey: the search rowid and order key (SearchKey: day and listing position,
          -- newest first when read backwards); listing: the order the inputs were read in;
          -- sourceKey: the source's folded words (WordScanner), for source: queries.
          CREATE TABLE article (
            searchKey INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            listing INTEGER NOT NULL,
            title TEXT NOT NULL,
            source TEXT NOT NULL,
            sourceKey TEXT NOT NULL,
            day INTEGER,
            dayInferred INTEGER NOT NULL,
            storyID TEXT NOT NULL,
            copyOf TEXT,
            payload BLOB NOT NULL);
          CREATE INDEX articleListing ON article(listing);
          CREATE INDEX articleStory ON article(storyID);
          CREATE INDEX articleDay ON article(day);
          CREATE TABLE quote (
            listing INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            article TEXT NOT NULL,
            speakerID TEXT,
            payload BLOB NOT NULL);
          CREATE INDEX quoteArticle ON quote(article);
          CREATE INDEX quoteSpeaker ON quote(speakerID);
          CREATE TABLE speaker (
            rank INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            payload BLOB NOT NULL);
          CREATE TABLE speakerAlias (
            alias TEXT NOT NULL, speakerID TEXT NOT NULL, PRIMARY KEY (alias, speakerID));
          CREATE TABLE dupGroup (
            rank INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            original TEXT NOT NULL,
            payload BLOB NOT NULL);
          CREATE TABLE dupCopy (
            article TEXT PRIMARY KEY, groupID TEXT NOT NULL, original TEXT NOT NULL);
          CREATE INDEX dupCopyOriginal ON dupCopy(original);
          CREATE TABLE story (
            rank INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            firstDay INTEGER,
            lastDay INTEGER,
            articleCount INTEGER NOT NULL,
            copyCount INTEGER NOT NULL,
            payload BLOB NOT NULL);
          CREATE INDEX storyLastDay ON story(lastDay);
          CREATE TABLE storyMember (
            article TEXT PRIMARY KEY, storyID TEXT NOT NULL, position INTEGER NOT NULL);
          CREATE INDEX storyMemberStory ON storyMember(storyID, position);
          CREATE TABLE problem (
            position INTEGER PRIMARY KEY, location TEXT NOT NULL, message TEXT NOT NULL);
          CREATE TABLE articleState (
            article TEXT PRIMARY KEY,
            isRead INTEGER NOT NULL DEFAULT 0,
            isStarred INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            updated REAL NOT NULL);
          CREATE TABLE storyState (
            story TEXT PRIMARY KEY,
            isRead INTEGER NOT NULL DEFAULT 0,
            isStarred INTEGER NOT NULL DEFAULT 0,
            updated REAL NOT NULL);
          -- Contentless: the text lives in article.payload; columns hold the folded words
          -- (WordScanner), so search and highlighting share one tokenizer.
          CREATE VIRTUAL TABLE search USING fts5(
            title, body, quotes, speakers,
            content='', prefix='1 2 3',
            tokenize='unicode61 remove_diacritics 2');
          -- NB: merging 8 segments at a time instead of 4: a fifth less indexing time on a
          -- bulk analysis, the same query speed.
          INSERT INTO search (search, rank) VALUES ('automerge', 8);
          """)
    }
    // v2: incremental analysis. Quotes are ordered by their article's listing and their place
    // in it (an update inserts quotes among the others); articles keep the text their quote
    // and speaker search fields were made from (a contentless index needs the old values to
    // delete a row); the analysis state is saved; a speaker's aliases and a group's copies are found
    // by speaker and group, as an update rewrites them. Libraries of v1 are analysed again.
    migrator.registerMigration("v2") { db in
      try db.execute(
        sql: """
          DROP TABLE quote;
          CREATE TABLE quote (
            id TEXT PRIMARY KEY,
            article TEXT NOT NULL,
            position INTEGER NOT NULL,
            speakerID TEXT,
            payload BLOB NOT NULL);
          CREATE INDEX quoteArticle ON quote(article, position);
          CREATE INDEX quoteSpeaker ON quote(speakerID);
          CREATE INDEX speakerAliasSpeaker ON speakerAlias(speakerID);
          CREATE INDEX dupCopyGroup ON dupCopy(groupID);
          ALTER TABLE article ADD COLUMN quoteText TEXT NOT NULL DEFAULT '';
          ALTER TABLE article ADD COLUMN speakerText TEXT NOT NULL DEFAULT '';
          CREATE TABLE analysisState (
            part TEXT NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL,
            PRIMARY KEY (part, chunk));
          DELETE FROM meta WHERE key = 'analysisVersion';
          """)
    }
    // v3: the story list's orders and a group by its original are read from indexes, so a page
    // deep in the list sorts no payloads (the reader's `G` on 8,000 stories: 149 ms before).
    migrator.registerMigration("v3") { db in
      try db.execute(
        sql: """
          CREATE INDEX storyNewest ON story(lastDay IS NULL, lastDay DESC, rank);
          CREATE INDEX storyLargest ON story(articleCount DESC, rank);
          CREATE INDEX storyTitle ON story(title COLLATE NOCASE, rank);
          CREATE INDEX dupGroupOriginal ON dupGroup(original);
          """)
    }
    // v4: one speaker's quotes in corpus order are read from indexes alone (the quotes of
    // the most quoted of 100k articles' speakers: 11 ms before, 3 ms after).
    migrator.registerMigration("v4") { db in
      try db.execute(
        sql: """
          CREATE INDEX quoteSpeakerOrder ON quote(speakerID, article, position, id);
          CREATE INDEX articleIDListing ON article(id, listing);
          """)
    }
    // v5: each input file's content hash, so a file touched without a change (a new time,
    // the same bytes) is not analysed again. Files stored before have none, and are read
    // again the first time they are touched.
    migrator.registerMigration("v5") { db in
      try db.execute(sql: "ALTER TABLE inputFile ADD COLUMN contentHash INTEGER")
    }
    // v6: the search index keeps 8 MB of new terms in memory before it writes them as a
    // segment, not 1 MB: fewer segments to merge. Indexing 98k articles' folded text with
    // the schema's prefixes, measured apart: 7.4 s with 1 MB, 6.5 s with 4 MB, 5.6 s with 8 MB,
    // 5.4 s with 16 MB.
    migrator.registerMigration("v6") { db in
      try db.execute(sql: "INSERT INTO search (search, rank) VALUES ('hashsize', \(8 << 20))")
    }
    // v7: the quotes' index by speaker alone goes: `quoteSpeakerOrder` begins with the
    // speaker and serves every query it served. Each quote written or given another speaker
    // updated both; an update of 100 files of the 98k library wrote 795 pages of it.
    migrator.registerMigration("v7") { db in
      try db.execute(sql: "DROP INDEX IF EXISTS quoteSpeaker")
    }
    return migrator
  }
}

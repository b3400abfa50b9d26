package org.feedgym.env.usermodel;

/** The positive engagement signals a user may give a watched item. */
public enum Signal {
    LIKE, SHARE, COMMENT, DOWNLOAD
}

package org.verbatim.extract.date;

/** How to read an all-numeric date whose first two numbers could both be a month ({@code 01/02/2024}). */
public enum NumericOrder {
    /** 01/02/2024 is 1 February: most of the world. */
    DAY_FIRST,
    /** 01/02/2024 is 2 January: the United States. */
    MONTH_FIRST
}

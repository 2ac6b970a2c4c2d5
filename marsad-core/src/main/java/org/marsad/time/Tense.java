package org.marsad.time;

/** Which way a sentence looks, from the tense cue words nearest to an expression (FUTURE and PAST in the data). */
enum Tense { PAST, FUTURE, NONE }

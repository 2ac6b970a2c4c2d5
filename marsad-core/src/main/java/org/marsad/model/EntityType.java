package org.marsad.model;

/** Mention types of the contract: states, cities and regions are LOC; nationalities are MISC. */
public enum EntityType { PER, ORG, LOC, MISC }

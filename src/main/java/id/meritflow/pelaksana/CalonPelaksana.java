package id.meritflow.pelaksana;

/** A user who may act for an official: id and display name, for the page's list. */
record CalonPelaksana(String id, String nama) {}

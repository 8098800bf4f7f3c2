package main

func genPow(t *powTables) {}

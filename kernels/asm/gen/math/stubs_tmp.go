package main

func genSigmoid() {}
func genLog()     {}
func genTanh()    {}

package main

// ulp holds the worst error of each kernel in ULP, measured by
// kernels/ulp_test.go (TestULP, full sweep) against a correctly rounded
// reference, for the kernels' doc comments.
var ulp = map[string]string{}

package literal

// Test files are never reported: their data is synthetic by convention.
var fixture = Patient{NHSNumber: "4010232137"}

package catalog

// github.com/go-playground/validator/v10: a struct validator. Its errors
// say which field failed which rule ("Key: 'Signup.Email' Error:Field
// validation for 'Email' failed on the 'email' tag"): their Error methods
// print namespaces, field names and tags, never the value, so printing or
// encoding one is clean (contract §3, printing methods). The table models
// the library by itself: its bodies, which keep the validated value inside
// the error for FieldError.Value, are not analysed, so a validation error
// carries nothing. What the code reads from the struct itself to build a
// message of its own is still followed; FieldError.Value is not (a value
// the code asks the error for is not followed back to the struct).
//
// Validating reads the value through reflection and writes nothing into
// it: a record decoded from the request being served is still the
// caller's own after its validation (Keeps).
var validatorTable = register(Table{
	Package: "github.com/go-playground/validator/v10", Name: "validator", Cases: "validatorleaks",
	Keeps: concat(
		keepsOf(each(validatorInstance, "Struct", "StructPartial", "StructExcept", "StructFiltered", "Var"), At(1)),
		keepsOf(each(validatorInstance, "StructCtx", "StructPartialCtx", "StructExceptCtx", "StructFilteredCtx", "VarCtx"), At(2)),
		keepsOf([]string{validatorInstance + "VarWithValue"}, At(1, 2)),
		keepsOf([]string{validatorInstance + "VarWithValueCtx"}, At(2, 3)),
	),
})

const validatorInstance = "(*github.com/go-playground/validator/v10.Validate)."

package catalog

// Routers of net/http handlers: the path parameters they match in the
// URL of the request being served are what the caller sent (contract
// §3), as net/http's own PathValue is. Their code is analysed; the rows
// say only that what they return is the caller's own, which their
// bodies, reading the parameters back from the request's context, do not
// show.

var chiTable = register(Table{
	Package: "github.com/go-chi/chi/v5", Name: "chi", Analysed: true, Cases: "routerleaks",
	RequestReads: readsResults([]string{
		"github.com/go-chi/chi/v5.URLParam", "github.com/go-chi/chi/v5.URLParamFromCtx",
		"(*github.com/go-chi/chi/v5.Context).URLParam",
	}),
})

var gorillaMuxTable = register(Table{
	Package: "github.com/gorilla/mux", Name: "gorilla/mux", Analysed: true, Cases: "routerleaks",
	RequestReads: readsResults([]string{"github.com/gorilla/mux.Vars"}),
})

// Package enginegaps holds the smallest reproducers of what the catalog's
// row types cannot express and the engine does not do yet. Each case is
// expected to fail until the engine changes; TestThirdPartyEngineGaps runs
// them only when PHIVET_ENGINE_GAPS=1.
package enginegaps

import (
	"context"
	"fmt"
	"io"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"github.com/rs/zerolog"

	"example.com/thirdparty/model"
)

// engine: data added inside a callback that the library calls with its
// own event (zerolog Event.Func, MsgFunc; logrus InfoFn…) is not seen: a
// row can say which arguments carry data, not that a function argument's
// parameter is the receiver and its result the message.
func CallbackFields(l *zerolog.Logger, p *model.Patient) {
	l.Info().Func(func(e *zerolog.Event) { e.Str("name", p.Name) }).Msg("x") // want "PHI1001"
	l.Info().MsgFunc(func() string { return p.Name })                        // want "PHI1001"
}

// Server is a gRPC service implementation.
type Server struct{}

// engine: a unary gRPC handler answers by returning its response message;
// a return is not a call, so no row can make it a respond sink (the same
// holds for an echo or fiber handler returning an error whose message the
// framework sends).
func (s *Server) Get(ctx context.Context, in *model.Request, p *model.Patient) (*model.Request, error) {
	return &model.Request{ID: in.ID, Name: p.Name}, nil // want "PHI1003"
}

// engine: fiber's default error handler sends the message of any error a
// handler returns (err.Error(), status 500 unless it is a *fiber.Error);
// a return is not a call, so no row can make it a respond sink.
// fiber.NewError is caught where it is made (fiberleaks), a plain error
// is not.
func FiberPlainError(c *fiber.Ctx, p *model.Patient) error {
	return fmt.Errorf("no consent from %s", p.Name) // want "PHI1003"
}

// engine: echo's default error handler sends an *echo.HTTPError's
// Message; echo.NewHTTPError is caught where it is made (echoleaks), a
// composite literal returned by the handler is neither a call nor a
// return the engine can judge.
func EchoErrorLiteral(c echo.Context, p *model.Patient) error {
	return &echo.HTTPError{Code: 404, Message: "no record for " + p.Name} // want "PHI1003"
}

// engine: gin's Context.Stream passes the response to a callback as an
// io.Writer parameter; the engine cannot tell that the parameter of a
// function the library calls is the response, so the write is to an
// unknown destination.
func GinStream(c *gin.Context, p *model.Patient) {
	c.Stream(func(w io.Writer) bool {
		fmt.Fprint(w, p.Name) // want "PHI1003"
		return false
	})
}

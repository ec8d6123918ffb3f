// Package debugdrv wraps a driver in one that logs each statement with
// its arguments, through the function it is given or log.Println: the
// shape of entgo.io/ent/dialect.Debug.
package debugdrv

import (
	"context"
	"fmt"
	"log"
)

type Driver interface {
	Exec(ctx context.Context, query string, args any) error
}

type DebugDriver struct {
	Driver
	log func(context.Context, ...any)
}

func Debug(d Driver, logger ...func(...any)) Driver {
	logf := log.Println
	if len(logger) == 1 {
		logf = logger[0]
	}
	return &DebugDriver{d, func(_ context.Context, v ...any) { logf(v...) }}
}

func (d *DebugDriver) Exec(ctx context.Context, query string, args any) error {
	d.log(ctx, fmt.Sprintf("driver.Exec: query=%v args=%v", query, args))
	return d.Driver.Exec(ctx, query, args)
}

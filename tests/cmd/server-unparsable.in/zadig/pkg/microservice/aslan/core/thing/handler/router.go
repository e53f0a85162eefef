package handler

import "github.com/gin-gonic/gin"

type OpenAPIRouter struct{}

type Router struct{}

func (*OpenAPIRouter) Inject(router *gin.RouterGroup) {
	router.GET("", ListThings)
	one := router.Group("/:id")
	{
		one.GET("", GetThing)
		one.PUT("", UpdateThing)
		one.DELETE("", DeleteThing)
		one.POST("/import", ImportThings)
		one.GET("/name", GetThingName)
		one.GET("/colors", ListColors)
		one.GET("/logs", StreamLogs)
		one.GET("/raw", DownloadThing)
		one.GET("/odd", OddThing)
	}
}

func (*Router) Inject(router *gin.RouterGroup) {
	router.GET("/legacy", ListThings)
	router.GET("/unlisted", GetThing)
}

global using PostGenerator.IntegrationTests.Infrastructure;
global using Xunit;
global using Xunit.Abstractions;

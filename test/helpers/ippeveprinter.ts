// The simulated devices live with the local stack; tests use the same ones.
export * from '../../scripts/simulatedDevices/ippEvePrinter';
